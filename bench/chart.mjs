/**
 * A horizontal bar chart as plain SVG text: one group per comparison, one bar per tool, each group scaled
 * to its own longest bar (the comparison that matters is inside a group; chronyd -Q's 4 s would flatten
 * every other group on a shared scale). The value is written at the end of each bar.
 */

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function barChartSvg({ title, groups, unit = 'ms' }) {
  const width = 960;
  const labelWidth = 330;
  const barArea = 520;
  const barHeight = 16;
  const gap = 5;
  const out = [];
  let y = 52;
  for (const group of groups) {
    out.push(`<text x="12" y="${y}" class="group">${escape(group.title)}</text>`);
    y += 10;
    const top = Math.max(...group.bars.map((b) => (Number.isFinite(b.value) ? b.value : 0)), 1);
    for (const bar of group.bars) {
      const value = Number.isFinite(bar.value) ? bar.value : 0;
      const length = Math.max(1, (value / top) * barArea);
      out.push(
        `<text x="${labelWidth - 8}" y="${y + barHeight - 4}" class="label" text-anchor="end">${escape(bar.label)}</text>`,
      );
      out.push(
        `<rect x="${labelWidth}" y="${y}" width="${length.toFixed(1)}" height="${barHeight}" class="${bar.ours ? 'ours' : 'theirs'}"/>`,
      );
      const text = Number.isFinite(bar.value) ? `${Math.round(bar.value)} ${unit}` : 'n/a';
      out.push(
        `<text x="${(labelWidth + length + 6).toFixed(1)}" y="${y + barHeight - 4}" class="value">${text}</text>`,
      );
      y += barHeight + gap;
    }
    y += 22;
  }
  const height = y + 10;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif">`,
    '<style>',
    '.title{font-size:16px;font-weight:bold;fill:#222}',
    '.group{font-size:13px;font-weight:bold;fill:#333}',
    '.label{font-size:12px;fill:#333}',
    '.value{font-size:12px;fill:#333}',
    '.ours{fill:#2b6cb0}',
    '.theirs{fill:#a0aec0}',
    '</style>',
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="12" y="22" class="title">${escape(title)}</text>`,
    `<rect x="${width - 250}" y="10" width="12" height="12" class="ours"/><text x="${width - 232}" y="21" class="label">clock-preflight</text>`,
    `<rect x="${width - 130}" y="10" width="12" height="12" class="theirs"/><text x="${width - 112}" y="21" class="label">other tools</text>`,
    ...out,
    '</svg>',
    '',
  ].join('\n');
}
