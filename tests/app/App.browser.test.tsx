import { screen, within, cleanup } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { canvasAtRest, renderApp } from '../support/renderApp';
import { clickNodeOnCanvas, hovered } from '../support/pointer';

afterEach(() => cleanup());

describe('the explorer in Chromium', () => {
  it('shows the network with counts and a legend', async () => {
    renderApp();
    const cy = await canvasAtRest();
    expect(cy.nodes().length).toBe(41);
    expect(screen.getByTestId('counts').textContent).toBe('41 of 41 nodes · 59 of 59 edges');
    expect(
      screen.getByRole('application', { name: /Graph of 41 nodes and 59 edges/ }),
    ).toBeTruthy();
    expect(screen.getByText('Legend')).toBeTruthy();
  });

  it('opens details and evidence when a node is clicked on the canvas', async () => {
    const { store } = renderApp();
    await clickNodeOnCanvas('suzuki-takashi');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'suzuki-takashi' });
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByRole('heading', { level: 3 }).textContent).toBe('Suzuki Takashi');
    expect(within(details).getByText('सुजुकी ताकाशी')).toBeTruthy();
    expect(
      within(details).getAllByLabelText('Quoted verbatim from the source')[0]?.textContent,
    ).toBe(
      'उद्योग सचिव ने जापान एक्सटर्नल ट्रेड ऑर्गनाइजेशन (JETRO) इंडिया के मुख्य महानिदेशक सुजुकी ताकाशी से भी मुलाकात की.',
    );
    // Drawn above the veil on the highlight layer: the node and its neighbours, not the rest.
    const layer = window.cyLayer!;
    expect(layer.getElementById('suzuki-takashi').hasClass('selected')).toBe(true);
    expect(layer.getElementById('ranchi').empty()).toBe(true);
    expect(document.querySelector('.canvas-veil')?.hasAttribute('hidden')).toBe(false);
  });

  it('clears the selection on Escape and on a background click', async () => {
    const { store } = renderApp();
    await clickNodeOnCanvas('jica');
    await userEvent.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
    await clickNodeOnCanvas('jica');
    await userEvent.hover(screen.getByTestId('graph-canvas'), { position: { x: 3, y: 3 } });
    expect(hovered()).toEqual([]);
    await userEvent.click(screen.getByTestId('graph-canvas'), { position: { x: 3, y: 3 } });
    expect(store.getState().selection).toBeNull();
  });

  it('shows a meeting’s participants, venue, topics and outcomes', async () => {
    renderApp();
    await clickNodeOnCanvas('meeting-jetro');
    const details = screen.getByRole('complementary', { name: 'Details' });
    const summary = within(details).getByText('Participants').closest('dl')!;
    expect(
      within(summary as HTMLElement).getByRole('button', { name: 'Suzuki Takashi' }),
    ).toBeTruthy();
    expect(within(summary as HTMLElement).getByRole('button', { name: 'New Delhi' })).toBeTruthy();
    expect(
      within(summary as HTMLElement).getByRole('button', {
        name: 'Japanese investment in Jharkhand',
      }),
    ).toBeTruthy();
    expect(within(summary as HTMLElement).getByText('What was agreed or expressed')).toBeTruthy();
  });

  it('filters by sector and updates counts, canvas and list together', async () => {
    renderApp();
    const cy = await canvasAtRest();
    await userEvent.click(screen.getByRole('button', { name: 'None Sectors' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Health/ }));
    expect(screen.getByTestId('counts').textContent).toBe('3 of 41 nodes · 2 of 59 edges');
    expect(
      cy
        .nodes()
        .not('.hidden')
        .map((n) => n.id())
        .sort(),
    ).toEqual(['jica', 'meeting-jica', 't-health-services']);
    const list = screen.getByRole('region', { name: /Visible nodes/ });
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual([
      'Health services, Topic',
      'Japan International Cooperation Agency (JICA), Organisation',
      'Meeting with JICA, Meeting',
    ]);
    const chips = screen.getByRole('group', { name: 'Active filters' });
    await userEvent.click(
      within(chips).getByRole('button', { name: 'Remove filter: Sectors: Health' }),
    );
    expect(screen.getByTestId('counts').textContent).toBe('41 of 41 nodes · 59 of 59 edges');
  });

  it('finds nodes by English and Hindi search and centres the choice', async () => {
    const { store } = renderApp();
    await canvasAtRest();
    const box = screen.getByRole('combobox', { name: 'Search people, organisations and topics' });
    await userEvent.type(box, 'rare earth');
    expect(
      screen.getByRole('option', { name: /Digital solutions for rare earth minerals/ }),
    ).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 't-rare-earth-digital' });
    await userEvent.type(box, 'सुजुकी');
    await userEvent.keyboard('{ArrowDown}{ArrowUp}{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'suzuki-takashi' });
  });

  it('switches the interface and the canvas labels to Hindi', async () => {
    renderApp();
    const cy = await canvasAtRest();
    await userEvent.click(screen.getByRole('button', { name: 'हिन्दी' }));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('हितधारक ग्राफ़ एक्सप्लोरर');
    expect(cy.getElementById('jica').style('label')).toBe('जापानी अंतर्राष्ट्रीय सहयोग एजेंसी (JICA)');
    expect(screen.getByTestId('counts').textContent).toBe('41 में से 41 नोड · 59 में से 59 संबंध');
  });

  it('shows only the neighbourhood in focus mode, and widens it with depth', async () => {
    renderApp();
    await clickNodeOnCanvas('suzuki-takashi');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show only the neighbourhood' }));
    expect(screen.getByTestId('counts').textContent).toBe('3 of 41 nodes · 3 of 59 edges');
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Neighbourhood depth' }),
      '2',
    );
    expect(screen.getByTestId('counts').textContent).toBe('12 of 41 nodes · 13 of 59 edges');
    expect(window.cy!.nodes().not('.hidden').length).toBe(12);
  });

  it('navigates from a connection in the details panel to that node', async () => {
    const { store } = renderApp();
    await clickNodeOnCanvas('suzuki-takashi');
    const details = screen.getByRole('complementary', { name: 'Details' });
    await userEvent.click(within(details).getAllByRole('button', { name: 'JETRO India' })[0]!);
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'jetro-india' });
    expect(document.activeElement?.textContent).toBe('JETRO India');
  });
});
