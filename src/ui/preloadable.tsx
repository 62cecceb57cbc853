import { lazy, type ComponentType } from 'react';

/**
 * A component whose code is fetched apart, and can be asked for ahead of need. Once fetched, it
 * renders at once: React's `lazy` alone suspends on its first render even when the code is
 * already here, hiding its boundary for a moment, so a panel opened on something (Show in
 * source, on its quote) would open hidden and miss its scroll.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): { preload: () => Promise<unknown>; Component: ComponentType<P> } {
  let loaded: ComponentType<P> | null = null;
  const preload = () =>
    load().then((m) => {
      loaded = m.default;
      return m;
    });
  const Lazy = lazy(preload);
  function Component(props: P) {
    const Shown = loaded ?? Lazy;
    return <Shown {...props} />;
  }
  return { preload, Component };
}
