/**
 * What the post step reads back from the main step's state (STATE_measurement, STATE_metrics). The state
 * is a file any earlier step of the job could have written: numbers no measurement gives are "no
 * measurement", not a drift annotation of 10^297 years, and a metric family is kept once.
 */
import { describe, expect, it } from '@jest/globals';
import { fromSaved, metricsFromSaved } from '../../src/action/state.js';
import { renderPrometheus, type MetricFamily } from '../../src/report/metrics.js';

const good = {
  status: 'ok',
  offsetMs: 12.5,
  uncertaintyMs: 3,
  atMs: Date.UTC(2025, 5, 1),
  ntpServers: ['127.0.0.1:123'],
  ntsServers: [],
};
const saved = (edit: Record<string, unknown>) => JSON.stringify({ ...good, ...edit });

describe('fromSaved', () => {
  it('reads back what the main step saved, a measurement without an offset included', () => {
    expect(fromSaved(JSON.stringify(good))).toEqual(good);
    const none = { ...good, status: 'unknown', offsetMs: null, uncertaintyMs: null };
    expect(fromSaved(JSON.stringify(none))).toEqual(none);
    // A clock reset to 1970 on a runner is what this tool is for: still a measurement.
    const reset = { ...good, status: 'fail', atMs: 5_000, offsetMs: Date.UTC(2025, 5, 1) };
    expect(fromSaved(JSON.stringify(reset))).toEqual(reset);
  });

  it.each([
    [
      'the sweep: offset 1e308, uncertainty -1e308, atMs -1e308',
      { offsetMs: 1e308, uncertaintyMs: -1e308, atMs: -1e308 },
    ],
    ['an offset of 1e308 alone', { offsetMs: 1e308 }],
    ['an offset read back as Infinity (1e400)', { offsetMs: 'INF' }],
    ['an offset beyond a century', { offsetMs: -101 * 365.25 * 86_400_000 }],
    ['a negative uncertainty', { uncertaintyMs: -1 }],
    ['an uncertainty beyond a century', { uncertaintyMs: 1e15 }],
    ['atMs -1e308', { atMs: -1e308 }],
    ['atMs before 1970', { atMs: -1 }],
    ['atMs past 2170', { atMs: Date.UTC(2300, 0, 1) }],
    ['a true time of measurement before 1970', { atMs: 1000, offsetMs: -5000 }],
    ['atMs a string', { atMs: '1748736000000' }],
    ['an offset that is a string', { offsetMs: '5' }],
  ])('is no measurement for %s', (_, edit) => {
    const text = saved(edit).replace('"INF"', '1e400');
    expect(fromSaved(text)).toBeUndefined();
  });
});

describe('metricsFromSaved', () => {
  const family = (name: string, value: number): MetricFamily => ({
    name,
    otelName: name.replace('clock_preflight_', 'clock_preflight.'),
    help: `help of ${name}`,
    unit: 's',
    samples: [{ labels: {}, value }],
  });

  it('keeps the first family of a name and drops a second (node_exporter refuses a metric twice)', () => {
    const text = JSON.stringify([
      family('clock_preflight_y', 1),
      family('clock_preflight_x', 2),
      family('clock_preflight_y', 3),
    ]);
    const back = metricsFromSaved(text);
    expect(back).toEqual([family('clock_preflight_y', 1), family('clock_preflight_x', 2)]);
    expect(renderPrometheus(back).match(/^# TYPE clock_preflight_y /gm)).toHaveLength(1);
  });
});
