import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { RunChartPoint } from '../packages/components/src/run-chart/run-chart.js';
import { accessibilityNotes, renderElement } from './support/render.js';

/** Weekly values from the first school Monday of January 2026. */
const weekly = (values: number[], notes: Record<number, string> = {}): RunChartPoint[] =>
  values.map((value, i) => ({
    value,
    date: new Date(Date.UTC(2026, 0, 5) + i * 7 * 86_400_000).toISOString().slice(0, 10),
    ...(notes[i] ? { note: notes[i] } : {}),
  }));

/** Ten weeks of baseline around 13%, then a new reading block from March: eight weeks above. */
const SHIFT = weekly([12, 15, 11, 14, 13, 16, 12, 14, 13, 11, 15, 16, 17, 15, 16, 18, 17, 19], { 10: 'New reading block began' });
/** Weekly attendance calls climbing as more teachers join in. */
const TREND = weekly([22, 25, 21, 24, 23, 22, 26, 29, 33, 35, 38]);
/** Ordinary ups and downs. */
const STEADY = weekly([41, 44, 39, 43, 45, 40, 38, 43, 44, 40, 42, 39, 45, 41]);

const chart = (args: Record<string, unknown>, points: RunChartPoint[], extra: Record<string, unknown> = {}) => renderElement('sos-run-chart', { ...args, ...extra }, { points });

const meta = {
  title: 'Improvement plan/Run chart',
  component: 'sos-run-chart',
  tags: ['autodocs'],
  args: { heading: 'Grade 3 students reading at grade level', unit: '%', better: 'higher', 'baseline-points': 10 },
  render: (args) => chart(args, SHIFT),
  parameters: {
    docs: {
      description: {
        component:
          "A measure's values over the year as a run chart: the baseline median, shifts, trends and the runs test from `analyzeRunChart` in @sos-kit/core, shaded, drawn with their own shapes and named in words. One point at a time is active: the arrow keys move it like a slider that reads each point out, the pointer picks the point under it, and \"Show data table\" gives the same data as a table. Two hundred weekly values draw as fast as a few: the markers of each kind are one path and the table is made only when shown.",
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { target: 20, 'show-table': false } };

/** Eight weeks above the baseline median since March: a shift, and good news because higher is better. */
export const MeasureWithAShift: Story = {};

/** Five or more values in a row going up: a trend. */
export const MeasureWithATrend: Story = { render: (args) => chart(args, TREND, { heading: 'Family check-in calls made each week', unit: 'calls', 'baseline-points': undefined }) };

/** Ordinary variation: no signal, and the runs test as expected. */
export const NoSignal: Story = { render: (args) => chart(args, STEADY, { heading: 'Teacher hours on attendance calls', unit: 'hours', better: 'lower', 'baseline-points': undefined }) };

/** Only six values: the rules say how many more the runs test needs and that the median may still move. */
export const TooFewPoints: Story = { render: (args) => chart(args, SHIFT.slice(0, 6), { 'baseline-points': undefined }) };

/** Four school years of weekly values (200 points): a shift after a change in the third year, and a climb. */
export const LongSeries: Story = {
  render: (args) =>
    chart(
      args,
      weekly(Array.from({ length: 200 }, (_, i) => (i >= 150 && i < 156 ? 58 + (i - 150) * 3 : (i >= 120 ? 66 : 60) + ((i * 4) % 11) - 5))),
      { heading: 'Students present, % of enrolment', 'baseline-points': 20 },
    ),
};

/** Before the first value is entered. */
export const Empty: Story = { render: (args) => chart(args, []) };

/** The data table shown (it is made when "Show data table" is pressed, or with `show-table`). */
export const WithTable: Story = { args: { 'show-table': true } };

/** Spanish wording of every finding, dates and numbers. */
export const Spanish: Story = { parameters: { lang: 'es' }, render: (args) => chart(args, SHIFT, { heading: 'Estudiantes de 3.º grado que leen al nivel del grado' }) };

/** On a 360 px phone the chart redraws for the width, with fewer date labels. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } } };

/** Twelve monthly ratings with a target close to the median, in the narrow box a plan's measure card leaves on a phone. */
const MONTHLY = [2, 3, 2, 3, 2, 3, 5, 4, 6, 5, 6, 7].map((value, i) => ({ value, date: new Date(Date.UTC(2025, 8 + i, 15)).toISOString().slice(0, 10) }));

/**
 * In a 230 px box, as in the improvement plan's measure card on a 360 px phone: the median and
 * target labels stand beside the plot, stacked because their lines are close, and shortened to
 * fit; the sentence under the chart says both in full.
 */
export const NarrowCardWithTarget: Story = {
  render: (args) => {
    const box = document.createElement('div');
    box.style.inlineSize = '230px';
    box.append(chart(args, MONTHLY, { heading: "Student-Centered purpose: the team's rating", unit: 'rubric level', 'baseline-points': undefined, target: 4 }));
    return box;
  },
};

/** Dark theme: the line, median and signals follow the theme's colours. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** How the chart works by keyboard and screen reader, and without colour. */
export const Accessibility: Story = {
  render: (args) =>
    accessibilityNotes(
      'sos-run-chart',
      {
        keyboard: [
          ['Tab', 'Enters the chart at its active point (a single tab stop: a slider over the points), then moves on to the table toggle.'],
          ['Arrow Right / Arrow Up', 'Next point in time.'],
          ['Arrow Left / Arrow Down', 'Previous point in time.'],
          ['Page Up / Page Down', 'About a tenth of the points forward / back.'],
          ['Home / End', 'First / last point.'],
        ],
        screenReader: [
          'The chart is a group named by its heading; its description gives the dates covered, the median and every finding in words.',
          'Inside it, a slider "Points of the run chart" reads the active point as its value: date, value, side of the median and any signal it is part of, e.g. "Mar 16, 2026: 15%, above the median; part of a shift".',
          'The active point (and its note) is also written out below the chart.',
          'The findings are a list under the chart; "Show data table" (its state announced as expanded or collapsed) gives the full data as a real table with a caption and headers.',
        ],
        beyondColour: [
          'Points in a shift are squares, points in a trend are triangles, points the team marked unusual are hollow rings.',
          'Shifts and trends are shaded bands with a dashed outline and a label ("Shift", "Trend").',
          'The median is solid over the baseline and dashed where it is extended; the target is dotted and labelled.',
        ],
      },
      chart(args, SHIFT),
    ),
};
