import { describe, expect, it } from 'vitest';
import { meetingRoleOf, summariseMeeting } from '../../src/graph/meetings';
import { meetingOutcomes, topicGaps } from '../../src/graph/analysis/insights';
import { importFiles } from '../../src/formats/importGraph';
import { shippedGraph } from './shippedGraph';

const graph = shippedGraph();
const names = (list: readonly { label: { en: string } }[]) => list.map((n) => n.label.en);

describe('a meeting is read from what its relations mean', () => {
  it('names each shipped meeting’s participants as the article does, and who directed it apart', () => {
    const jica = summariseMeeting(graph, 'meeting-jica');
    expect(names(jica.participants)).toEqual([
      'Arva Rajkamal',
      'Varun Ranjan',
      'Aditi Puri',
      'Japan International Cooperation Agency (JICA)',
    ]);
    const jetro = summariseMeeting(graph, 'meeting-jetro');
    expect(names(jetro.participants)).toEqual(['Arva Rajkamal', 'Suzuki Takashi', 'JETRO India']);
    const nec = summariseMeeting(graph, 'meeting-nec');
    expect(names(nec.participants)).toEqual([
      'Ryohei Aiba',
      'NEC Corporation',
      'Arva Rajkamal',
      'Varun Ranjan',
    ]);
    for (const m of [jica, jetro, nec]) {
      expect(names(m.directedBy)).toEqual(['Hemant Soren']);
      expect(names(m.reportedBy)).toEqual(['News report on the meetings with JICA, JETRO and NEC']);
    }
    expect(names(jica.venues)).toEqual(['New Delhi']);
    expect(names(nec.venues)).toEqual(['Jharkhand Bhawan, New Delhi']);
    expect(names(nec.topics)).toEqual([
      'Digital solutions for rare earth minerals',
      'IT technology',
      'Japanese language academy',
    ]);
  });

  it('takes no one for a participant because of their type', () => {
    const r = importFiles([
      {
        name: 'e.csv',
        text: ['source,target,relation', 'minister,summit,ordered', 'aide,summit,attended'].join(
          '\n',
        ),
      },
      {
        name: 'n.csv',
        text: [
          'id,label,type',
          'minister,Minister,person',
          'aide,Aide,person',
          'summit,Summit,meeting',
        ].join('\n'),
      },
    ]);
    if (!r.ok) throw new Error('must load');
    const s = summariseMeeting(r.graph, 'summit');
    expect(names(s.participants)).toEqual(['Aide']);
    expect(names(s.directedBy)).toEqual(['Minister']);
  });

  it('means nothing for a meeting where the relation says nothing', () => {
    const r = importFiles([
      { name: 'e.csv', text: ['source,target,relation', 'a,m,likes'].join('\n') },
      { name: 'n.csv', text: ['id,label,type', 'a,A,person', 'm,M,meeting'].join('\n') },
    ]);
    if (!r.ok) throw new Error('must load');
    expect(meetingRoleOf(r.graph, 'likes')).toBeUndefined();
    expect(summariseMeeting(r.graph, 'm').participants).toEqual([]);
  });

  it('counts what a meeting agreed on among what it produced, once each', () => {
    const jetro = meetingOutcomes(graph).find((m) => m.meeting.id === 'meeting-jetro');
    const ids = jetro?.outcomes.map((e) => e.id) ?? [];
    expect(ids).toEqual([
      'e-jetro-assured_cooperation-gov-jharkhand',
      'e-meeting-jetro-agreed_on-t-joint-outreach',
      'e-meeting-jetro-agreed_on-t-investment-promotion',
      'e-meeting-jetro-expected_outcome-t-foreign-investment',
    ]);
  });

  it('raises a topic only where a meeting discussed or produced it', () => {
    expect(topicGaps(graph).map((g) => g.topic.id)).toEqual(
      expect.arrayContaining(['t-health-services', 't-it']),
    );
    for (const gap of topicGaps(graph))
      for (const e of gap.raisedBy)
        expect(['topic', 'produced']).toContain(meetingRoleOf(graph, e.relation));
  });
});
