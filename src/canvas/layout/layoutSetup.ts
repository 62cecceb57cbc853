import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';

// Only the layout worker lays out with fcose, so only it loads it (the page never does).
// Registering twice throws in some versions; module evaluation happens once.
cytoscape.use(fcose);
