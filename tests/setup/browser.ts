import { configure } from '@testing-library/react';

// findBy… and waitFor wait for what a user would see; the default second is only how long
// they wait, and on a busy two-core machine a lazily loaded panel can take longer than that to
// appear. A real wait for a real signal, with room for a slow run (CI failed on this once).
configure({ asyncUtilTimeout: 10_000 });
