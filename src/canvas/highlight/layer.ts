import cytoscape, {
  type Collection,
  type Core,
  type ElementDefinition,
  type EventObject,
  type SingularElementReturnValue,
  type StylesheetJson,
} from 'cytoscape';

/**
 * Who puts elements on the layer: the selection's neighbourhood, the paths found, the keyboard
 * walk's cursor and the edge under the pointer. Each owner's marks replace its last ones.
 */
export type Owner = 'near' | 'path' | 'walk' | 'hover';

/** Drawn ids (an edge in a bundle is drawn as its bundle) and the classes each gets on the layer. */
export type Marks = ReadonlyMap<string, readonly string[]>;

/** Classes the layer gives its own copies (an edge label with no clear place), kept across syncs. */
const OWN_CLASSES = ['label-hidden'];
/** A node the layer needs only as the end of an edge on it: drawn by the graph below. */
const SUPPORT = 'layer-support';

/**
 * How the graph below looks through the veil, as a white of this opacity over it: about the
 * 15 % the old per-element fade left.
 */
export const VEIL_OPACITY = 0.82;

export interface HighlightLayer {
  /** The Cytoscape instance that draws the layer: never given pointer events. */
  readonly overlay: Core;
  /** Replaces what one owner puts on the layer; `dim` veils the graph below while it has any. */
  mark(owner: Owner, marks: Marks, dim: boolean): void;
  /** The drawn ids an owner put on the layer. */
  idsOf(owner: Owner): ReadonlySet<string>;
  /** 2 for the selection, 1 for what it or a path highlights, else 0: for label ranking. */
  rankOf(id: string): number;
  /** Whether the graph below is veiled. */
  dimmed(): boolean;
  style(stylesheet: StylesheetJson): void;
  destroy(): void;
}

const layers = new WeakMap<Core, HighlightLayer>();
/** The layer drawn above a canvas, if it has one. */
export const layerOf = (cy: Core): HighlightLayer | undefined => layers.get(cy);

/** The elements of the canvas below that an owner put on its layer. */
export function layerElements(cy: Core, owner: Owner): Collection {
  const found = cy.collection();
  for (const id of layerOf(cy)?.idsOf(owner) ?? []) {
    const el = cy.getElementById(id);
    if (el.nonempty()) found.merge(el);
  }
  return found;
}

/** The canvas's elements the layer draws as the selection. */
export function selectedElements(cy: Core): Collection {
  const layer = layerOf(cy);
  return layerElements(cy, 'near').filter((el) => layer?.rankOf(el.id()) === 2);
}

const layerStyle = (stylesheet: StylesheetJson): StylesheetJson => [
  ...stylesheet,
  { selector: `node.${SUPPORT}`, style: { opacity: 0, label: '' } },
];

/**
 * A layer above the canvas `base` that draws the highlighted elements on their own: copies of
 * them, with their data, classes and places, in a second, small Cytoscape instance inside
 * `container` (which lets every pointer event through to the canvas below), over a white veil
 * (`veil`) that dims the rest. Choosing another node changes a few dozen copies and the veil;
 * the canvas below, with all its elements, is neither restyled nor redrawn. The copies follow
 * the originals (moved, renamed, restyled, removed) through events on those elements alone, and
 * the layer follows the camera.
 */
export function createLayer(
  base: Core,
  container: HTMLElement,
  veil: HTMLElement,
  stylesheet: StylesheetJson,
  pixelRatio: number | 'auto',
): HighlightLayer {
  const overlay = cytoscape({
    container,
    style: layerStyle(stylesheet),
    elements: [],
    minZoom: base.minZoom(),
    maxZoom: base.maxZoom(),
    zoom: base.zoom(),
    pan: base.pan(),
    userPanningEnabled: false,
    userZoomingEnabled: false,
    boxSelectionEnabled: false,
    autoungrabify: true,
    autounselectify: true,
    // The same resolution as below, so each copy covers its original exactly.
    pixelRatio,
    layout: { name: 'preset', positions: {}, fit: false },
  });
  const owners = new Map<Owner, { marks: Marks; dim: boolean }>();
  /** Each copy: the extra classes it has on the layer, and whether it is there as an edge's end. */
  const copies = new Map<string, { extras: string; support: boolean }>();
  const watched = new Map<string, SingularElementReturnValue>();

  const classesOf = (original: SingularElementReturnValue, extras: string, support: boolean) => {
    const copy = overlay.getElementById(original.id());
    const own = OWN_CLASSES.filter((c) => copy.nonempty() && copy.hasClass(c));
    return [...original.classes(), ...(extras ? extras.split(' ') : []), ...own].concat(
      support ? [SUPPORT] : [],
    );
  };

  const follow = (e: EventObject) => {
    const original = e.target as SingularElementReturnValue;
    const id = original.id();
    const copy = overlay.getElementById(id);
    const about = copies.get(id);
    if (copy.empty() || !about) return;
    if (e.type === 'remove') {
      copy.remove();
      copies.delete(id);
      original.off('style data position remove', undefined, follow);
      watched.delete(id);
    } else if (e.type === 'position') copy.position({ ...original.position() });
    else if (e.type === 'data') copy.data(dataOf(original));
    else {
      copy.classes(classesOf(original, about.extras, about.support));
      copyLabelLead(original, copy);
    }
  };

  const apply = () => {
    const wanted = new Map<string, Set<string>>();
    for (const { marks } of owners.values())
      for (const [id, classes] of marks) {
        const set = wanted.get(id) ?? new Set<string>();
        for (const c of classes) set.add(c);
        wanted.set(id, set);
      }
    const supports = new Set<string>();
    for (const id of wanted.keys()) {
      const original = base.getElementById(id);
      if (original.empty() || !original.isEdge()) continue;
      for (const end of [original.source().id(), original.target().id()])
        if (!wanted.has(end)) supports.add(end);
    }
    const next = new Map<string, { extras: string; support: boolean }>();
    for (const [id, classes] of wanted)
      next.set(id, { extras: [...classes].join(' '), support: false });
    for (const id of supports) next.set(id, { extras: '', support: true });

    const added: ElementDefinition[] = [];
    overlay.batch(() => {
      for (const id of copies.keys())
        if (!next.has(id)) {
          overlay.getElementById(id).remove();
          watched.get(id)?.off('style data position remove', undefined, follow);
          watched.delete(id);
          copies.delete(id);
        }
      for (const [id, about] of next) {
        const original = base.getElementById(id);
        if (original.empty()) continue;
        const was = copies.get(id);
        copies.set(id, about);
        if (!was) {
          added.push(copyOf(original, classesOf(original, about.extras, about.support)));
          original.on('style data position remove', follow);
          watched.set(id, original);
        } else if (was.extras !== about.extras || was.support !== about.support)
          overlay.getElementById(id).classes(classesOf(original, about.extras, about.support));
      }
      // Nodes before edges, so every edge finds its ends.
      added.sort((a, b) => (a.group === b.group ? 0 : a.group === 'nodes' ? -1 : 1));
      overlay.add(added);
      for (const el of added) {
        const id = String(el.data.id);
        copyLabelLead(base.getElementById(id), overlay.getElementById(id));
      }
    });
    const dim = [...owners.values()].some((o) => o.dim && o.marks.size > 0);
    veil.hidden = !dim;
  };

  const onViewport = () => overlay.viewport({ zoom: base.zoom(), pan: base.pan() });
  const onResize = () => {
    overlay.resize();
    onViewport();
  };
  base.on('viewport', onViewport);
  base.on('resize', onResize);

  const layer: HighlightLayer = {
    overlay,
    mark(owner, marks, dim) {
      if (marks.size === 0 && !owners.has(owner)) return;
      if (marks.size === 0) owners.delete(owner);
      else owners.set(owner, { marks, dim });
      apply();
    },
    idsOf: (owner) => new Set(owners.get(owner)?.marks.keys() ?? []),
    rankOf(id) {
      let rank = 0;
      for (const [owner, { marks }] of owners) {
        const classes = marks.get(id);
        if (!classes || owner === 'hover' || owner === 'walk') continue;
        rank = Math.max(rank, classes.includes('selected') ? 2 : 1);
      }
      return rank;
    },
    dimmed: () => !veil.hidden,
    style: (sheet) => overlay.style(layerStyle(sheet)),
    destroy() {
      base.off('viewport', onViewport);
      base.off('resize', onResize);
      for (const original of watched.values())
        if (!original.removed()) original.off('style data position remove', undefined, follow);
      layers.delete(base);
      veil.hidden = true;
      overlay.destroy();
    },
  };
  layers.set(base, layer);
  return layer;
}

/** A copy of an element's data: the copy must not share the original's object. */
function dataOf(el: SingularElementReturnValue): Record<string, unknown> {
  const data: unknown = el.data();
  return typeof data === 'object' && data !== null ? { ...data } : {};
}

function copyOf(original: SingularElementReturnValue, classes: string[]): ElementDefinition {
  return original.group() === 'nodes'
    ? {
        group: 'nodes',
        data: dataOf(original),
        position: { ...original.position() },
        classes,
      }
    : { group: 'edges', data: dataOf(original), classes };
}

/**
 * Where and how big a node's label is drawn, which the label grid and the circle's outward
 * labels set on the node itself: copied, so a label on the layer covers its original exactly.
 */
const LEAD_STYLES = [
  'font-size',
  'text-max-width',
  'text-margin-x',
  'text-margin-y',
  'min-zoomed-font-size',
  'text-wrap',
  'text-valign',
  'text-halign',
  'text-rotation',
];
function copyLabelLead(original: SingularElementReturnValue, copy: SingularElementReturnValue) {
  if (!original.isNode() || copy.empty()) return;
  const style: Record<string, string> = {};
  for (const name of LEAD_STYLES) style[name] = String(original.style(name));
  copy.style(style);
}
