import { createFormatters } from '../../widget-shell/format.js';
import { enUS } from 'date-fns/locale/en-US';
import { describe, expect, it } from 'vitest';
import { eventTimingMessages } from '../../i18n/en/kpiEvents.js';
import { eventTypeName, labelWidth, partLabel, timingHeatmapInput } from './eventTiming.utils.js';

const format = createFormatters(enUS, {}, eventTimingMessages);
const row = (eventType: string, counts: number[]) => {
  const events = counts.reduce((a, b) => a + b, 0);
  return { eventType, events, attempts: 1, counts, shares: counts.map((c) => c / events) };
};

describe('timingHeatmapInput', () => {
  it('should colour each cell by its share of the type in percent, so the scale spans the largest share', () => {
    const input = timingHeatmapInput([row('filler_word', [2, 0, 0, 0, 0, 0, 0, 0, 0, 2]), row('x_custom', [1, 0, 0, 0, 0, 0, 0, 0, 0, 0])], format, { x_custom: 'Custom' });
    expect(input.yLabels).toEqual(['Filler words', 'Custom']);
    expect(input.cells).toHaveLength(20);
    expect(input.cells[0]!.value).toBe(50);
    expect(input.cells[10]!.value).toBe(100);
    expect(input.cells[9]).toMatchObject({ title: 'Filler words · 90%–100% of the call', detail: '2 events · 50% of this type' });
    expect(input.legend).toEqual({ low: '0%', high: '100%' });
  });

  it('should name unknown types by themselves and size the label column to the longest name', () => {
    expect(eventTypeName('long_pause', format)).toBe('Long pauses');
    expect(eventTypeName('something_else', format)).toBe('something_else');
    expect(partLabel(0, format)).toBe('0%–10% of the call');
    expect(labelWidth(['ab'])).toBe(64);
    expect(labelWidth(['x'.repeat(100)])).toBe(160);
  });
});
