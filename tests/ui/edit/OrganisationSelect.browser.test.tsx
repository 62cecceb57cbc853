import { cleanup, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../../src/app/app.css';
import type { GraphModel } from '../../../src/graph/model';
import { loadGraphValue } from '../../../src/graph/load';
import type { Lang } from '../../../src/i18n/strings';
import { loadShipped } from '../../support/shipped';
import type { Problem } from '../../../src/schema/problems';
import { createAppStore, StoreContext } from '../../../src/store/store';
import OrganisationSelect from '../../../src/ui/edit/OrganisationSelect';
import { generateGraph } from '../../bench/generate';

afterEach(() => cleanup());

function shipped(): GraphModel {
  const loaded = loadShipped();
  if (!loaded.ok) throw new Error('shipped data must load');
  return loaded.graph;
}

/** The field as a form holds it: the chosen id in state, shown beside the field. */
function renderField(
  graph: GraphModel,
  {
    lang = 'en',
    exclude,
    start = '',
    problems = [],
  }: {
    lang?: Lang;
    exclude?: string;
    start?: string;
    problems?: Problem[];
  } = {},
) {
  const store = createAppStore({ graph, origin: { kind: 'file', name: 'g' }, lang });
  function Form() {
    const [value, setValue] = useState(start);
    return (
      <form>
        <OrganisationSelect
          value={value}
          onChange={setValue}
          exclude={exclude}
          problems={problems}
        />
        <span data-testid="value">{value}</span>
      </form>
    );
  }
  render(
    <StoreContext.Provider value={store}>
      <Form />
    </StoreContext.Provider>,
  );
}

const value = () => screen.getByTestId('value').textContent;
const optionNames = (label: string) =>
  within(screen.getByRole('listbox', { name: label }))
    .queryAllByRole('option')
    .map((o) => o.textContent);

describe('the organisation field of the node form', () => {
  it('lists the organisations, government bodies and countries of a small map when focused', async () => {
    renderField(shipped(), { exclude: 'jetro-india' });
    await userEvent.click(screen.getByRole('combobox', { name: 'Organisation' }));
    expect(optionNames('Organisation')).toEqual([
      'Corporate Strategy Department, NEC',
      'Government of Jharkhand',
      'Industries Department, Jharkhand',
      'Japan',
      'Japan External Trade Organization (JETRO)',
      'Japan International Cooperation Agency (JICA)',
      'Jharkhand Industrial Area Development Authority (ZIADA)',
      'NEC Corporation',
    ]);
  });

  it('finds one by typing, shows its name once chosen, and removes it', async () => {
    renderField(shipped());
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    await userEvent.type(box, 'jetro');
    // The acronym, its alias, matches exactly and comes first.
    expect(optionNames('Organisation')).toEqual([
      'Japan External Trade Organization (JETRO)matched “JETRO”',
      'JETRO India',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'JETRO India' }));
    expect(value()).toBe('jetro-india');
    expect(box).toHaveProperty('value', 'JETRO India');
    await userEvent.click(screen.getByRole('button', { name: 'Remove the organisation' }));
    expect(value()).toBe('');
    expect(box).toHaveProperty('value', '');
    expect(screen.queryByRole('button', { name: 'Remove the organisation' })).toBeNull();
  });

  it('offers no person or topic, and works in Hindi', async () => {
    renderField(shipped(), { lang: 'hi', start: 'jica' });
    const box = screen.getByRole('combobox', { name: 'संस्था' });
    expect(box).toHaveProperty('value', 'जापानी अंतर्राष्ट्रीय सहयोग एजेंसी (JICA)');
    await userEvent.clear(box);
    await userEvent.type(box, 'सुजुकी');
    expect(optionNames('संस्था')).toEqual([]);
    expect(screen.getByRole('status').textContent).toBe('“सुजुकी” से कुछ नहीं मिला।');
    await userEvent.clear(box);
    await userEvent.type(box, 'NEC');
    await userEvent.keyboard('{ArrowDown}{Enter}');
    expect(value()).toBe('nec-corporate-strategy');
    expect(screen.getByRole('button', { name: 'संस्था हटाएँ' })).toBeTruthy();
  });

  it('says its problem beside the field', () => {
    const problem: Problem = {
      code: 'ref.notOrganisation',
      params: { id: 'suzuki-takashi', type: 'person' },
      path: 'nodes[3].organisation',
    };
    renderField(shipped(), { start: 'suzuki-takashi', problems: [problem] });
    const box = screen.getByRole('combobox', { name: 'Organisation' });
    expect(box.getAttribute('aria-invalid')).toBe('true');
    const said = document.getElementById(box.getAttribute('aria-describedby') ?? '');
    expect(said?.textContent).toBe(
      '"suzuki-takashi" is a person, not an organisation, government body or country',
    );
    expect(screen.getByRole('alert').textContent).toBe(said?.textContent);
  });

  it('draws a dozen choices, not thousands, on a 5,000-node map', async () => {
    const loaded = loadGraphValue(generateGraph({ nodes: 5000, edges: 5000, positions: false }));
    if (!loaded.ok) throw new Error('generated graph must load');
    const members = loaded.graph.nodes.filter((n) =>
      ['organisation', 'government', 'country'].includes(n.type),
    ).length;
    expect(members).toBeGreaterThan(500);
    renderField(loaded.graph);
    expect(document.querySelectorAll('[role=option], option')).toHaveLength(0);
    await userEvent.click(screen.getByRole('combobox', { name: 'Organisation' }));
    expect(optionNames('Organisation')).toHaveLength(12);
  });
});
