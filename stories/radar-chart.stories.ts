import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { localize, type Framework } from '@sos-kit/core';
import { conditionsFramework, radarFrom, sampleAssessment, scaleOf } from './support/data.js';
import { accessibilityNotes, renderElement } from './support/render.js';
import type { RadarAxis, RadarScale, RadarSeries } from '../packages/components/src/radar-chart/radar-chart.js';

interface Loaded {
  framework: Framework;
  axes: RadarAxis[];
  series: RadarSeries[];
  scale: RadarScale;
}

/** The district's self-rating, its county office's rating of it, last year's baseline and a target. */
async function overlays(lang: 'en' | 'es' = 'en'): Promise<Loaded> {
  const framework = await conditionsFramework('district', lang);
  const self = sampleAssessment(framework, 'district', 1, { seed: 0 });
  const partner = sampleAssessment(framework, 'district', 1, { seed: 1, partner: 'Sample County Office of Education' });
  const baseline = sampleAssessment(framework, 'district', 1, { seed: 3, schoolYear: '2025-26' });
  const { axes, series, scale } = radarFrom(framework, [
    { label: 'Self-rating', assessment: self },
    { label: 'Partner: Sample County Office of Education', assessment: partner },
    { label: 'Baseline 2025–26', assessment: baseline },
  ]);
  // The target keeps the fourth look whatever else is shown.
  const target: RadarSeries = { label: 'Target: Full Implementation', style: 4, values: Object.fromEntries(axes.map((axis) => [axis.id, 4])) };
  return { framework, axes, scale, series: [...series, target] };
}

const chart = (args: Record<string, unknown>, loaded: Loaded, count: number) =>
  renderElement('sos-radar-chart', args, { axes: loaded.axes, series: loaded.series.slice(0, count), scale: loaded.scale });

const meta = {
  title: 'Elements/Radar chart',
  component: 'sos-radar-chart',
  tags: ['autodocs'],
  loaders: [() => overlays()],
  args: { heading: 'Enabling conditions: Sample Unified School District', filename: 'sample-unified-conditions' },
  render: (args, { loaded }) => chart(args, loaded as Loaded, 3),
  parameters: {
    docs: {
      description: {
        component:
          'A hand-written SVG radar of scores on the rating scale: one axis per element (grouped by condition), condition or role, up to four overlaid series told apart by colour, dash pattern and marker. Every point is reachable by keyboard and names its value, and "Show data table" gives the same numbers as a table (drawn when opened, so the chart itself draws fast).',
      },
    },
  },
} satisfies Meta;
export default meta;
type Story = StoryObj;

/** Every attribute and CSS custom property is a live control. */
export const Playground: Story = { args: { 'show-table': false, layout: 'auto' } };

/** One series: the district's own rating. */
export const SelfOnly: Story = { render: (args, { loaded }) => chart(args, loaded as Loaded, 1) };

/** Self-rating against the county office's rating of the same district. */
export const SelfVsPartner: Story = { render: (args, { loaded }) => chart(args, loaded as Loaded, 2) };

/** All four overlays: self, partner, baseline and target, each with its own line and marker. */
export const SelfPartnerBaselineTarget: Story = { render: (args, { loaded }) => chart(args, loaded as Loaded, 4) };

/** Against a target only, as right after a first self-assessment. */
export const SelfVsTarget: Story = {
  render: (args, { loaded }) => {
    const data = loaded as Loaded;
    return renderElement('sos-radar-chart', args, { axes: data.axes, scale: data.scale, series: [data.series[0]!, data.series[3]!] });
  },
};

/** Scores per condition (four axes) rather than per element. */
export const ByCondition: Story = {
  render: (args, { loaded }) => {
    const data = loaded as Loaded;
    const conditions = data.framework.conditions!;
    const axes = conditions.map((c) => ({ id: c.id, label: localize(c.name) }));
    const mean = (series: RadarSeries, ids: string[]) => {
      const values = ids.map((id) => series.values[id]).filter((v): v is number => v !== undefined);
      return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
    };
    const series = data.series.slice(0, 2).map((s) => ({ label: s.label, values: Object.fromEntries(conditions.map((c) => [c.id, mean(s, c.elements.map((e) => e.id))])) }));
    return renderElement('sos-radar-chart', { ...args, heading: 'Conditions: Sample Unified School District' }, { axes, series, scale: data.scale });
  },
};

/**
 * Long axis names are wrapped to three lines; statements that open with the same words ("Ability to
 * take a relational approach to …") show what sets them apart. The full name of a shortened label is in
 * its tooltip, the readout of a focused point and the table.
 */
export const LongLabels: Story = {
  render: (args, { loaded }) => {
    const data = loaded as Loaded;
    const roles = data.framework.levels[0]!.roles!;
    const axes = roles.flatMap((role) => role.capacities.slice(0, 5).map((capacity) => ({ id: capacity.id, label: localize(capacity.statement), group: localize(role.name) })));
    const series = [{ label: 'Self-rating', values: Object.fromEntries(axes.map((axis, i) => [axis.id, (i % 5) + 1])) }];
    return renderElement('sos-radar-chart', { ...args, heading: 'Capacities (long statements)' }, { axes, series, scale: data.scale });
  },
};

/** The data table shown on screen, as "Show data table" opens it: every value at one precision, the scale's words under its title. */
export const WithTable: Story = { args: { 'show-table': true } };

/** Some elements not scored yet: gaps in the outline, "no value" in the table. */
export const MissingValues: Story = {
  render: (args, { loaded }) => {
    const data = loaded as Loaded;
    const partial = { label: 'Self-rating (partly answered)', values: Object.fromEntries(data.axes.map((axis, i) => [axis.id, i % 4 === 1 ? undefined : data.series[0]!.values[axis.id]])) };
    return renderElement('sos-radar-chart', args, { axes: data.axes, series: [partial], scale: data.scale });
  },
};

/** Nothing to draw yet. */
export const Empty: Story = { render: (args) => renderElement('sos-radar-chart', args, {}) };

/** Spanish interface, axis names and scale labels. */
export const Spanish: Story = {
  parameters: { lang: 'es' },
  // The framework with its Spanish texts (an English page loads English only).
  loaders: [() => overlays('es')],
  render: (args, { loaded }) => {
    const data = loaded as Loaded;
    const axes = data.framework.conditions!.flatMap((c) => c.elements.map((e) => ({ id: e.id, label: localize(e.name, 'es'), group: localize(c.name, 'es') })));
    const series = data.series.slice(0, 2).map((s, k) => ({ ...s, label: k === 0 ? 'Autoevaluación' : 'Socio: Oficina de Educación del Condado' }));
    return renderElement('sos-radar-chart', { ...args, heading: 'Condiciones: Distrito Escolar Unificado de Muestra' }, { axes, series, scale: scaleOf(data.framework, 'es') });
  },
};

/** On a 360 px phone 18 axes become bars: every name in full, each series' value beside its bar. */
export const Phone: Story = { globals: { viewport: { value: 'phone360', isRotated: false } } };

/** A phone with a few axes (by condition) keeps the radar. */
export const PhoneByCondition: Story = { ...ByCondition, globals: { viewport: { value: 'phone360', isRotated: false } } };

/** A phone in the dark theme with the data table shown: one card per axis, no sideways scrolling. */
export const PhoneDarkWithTable: Story = { args: { 'show-table': true }, globals: { viewport: { value: 'phone360', isRotated: false }, theme: 'dark' } };

/** Always drawn as bars (`layout="bars"`), e.g. for a narrow sidebar. */
export const Bars: Story = { args: { layout: 'bars' } };

/** Dark theme: series colours and grid from the theme's custom properties. */
export const Dark: Story = { globals: { theme: 'dark' }, render: (args, { loaded }) => chart(args, loaded as Loaded, 4) };

/** How the chart works by keyboard and screen reader, and without colour. */
export const Accessibility: Story = {
  render: (args, { loaded }) =>
    accessibilityNotes(
      'sos-radar-chart',
      {
        keyboard: [
          ['Tab', 'Enters the chart at one point (a single tab stop), then moves on to the table toggle and downloads.'],
          ['Arrow Right / Arrow Left', 'Next / previous axis in the same series.'],
          ['Arrow Down / Arrow Up', 'Same axis in the next / previous series.'],
          ['Home / End', 'First / last axis.'],
        ],
        screenReader: [
          'The chart is a group named by its visible title, described by how many axes and which series it shows.',
          'Each point reads its series, axis and value with the scale label, e.g. "Self-rating, Trust: 3 Initial Implementation".',
          'The focused point is also written out below the chart, announced politely.',
          '"Show data table" (a button that says whether the table is open) gives the full data as a real table with a caption and row and column headers; on phones it is drawn as cards and keeps its table roles.',
          'On phones the bars repeat what the table says, so they are hidden from screen readers and the table is always there for them, visually hidden until opened.',
        ],
        beyondColour: [
          'Each series has its own dash pattern (solid, dashed, dotted, dash-dot) and marker shape (circle, square, triangle, diamond).',
          'The legend shows the line pattern and marker next to each series name.',
          'Where conditions begin, the spoke is drawn thicker, and a note under the legend says so and names the groups in order.',
          'The lowest rating sits on its own ring, away from the centre, so a 1 never looks like "no value".',
        ],
      },
      chart(args, loaded as Loaded, 2),
    ),
};
