/** A server-rendered SVG bar chart; the numbers are also in the table next to it (for screen readers). */
export function BarChart({ title, bars }: { title: string; bars: { label: string; value: number }[] }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const rowH = 28;
  const labelW = 150;
  const width = 480;
  const height = bars.length * rowH + 8;
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="h-auto w-full max-w-xl" role="img" aria-label={title} focusable="false">
      {bars.map((b, i) => {
        const w = Math.round(((width - labelW - 50) * b.value) / max);
        const y = i * rowH + 4;
        return (
          <g key={b.label}>
            <text x={labelW - 8} y={y + 16} textAnchor="end" fontSize="12" fill="#334155">{b.label}</text>
            <rect x={labelW} y={y + 3} width={Math.max(w, 1)} height={rowH - 10} rx="3" fill="#0f766e" />
            <text x={labelW + w + 6} y={y + 16} fontSize="12" fill="#0f172a">{b.value}</text>
          </g>
        );
      })}
    </svg>
  );
}
