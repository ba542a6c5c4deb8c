"use client";

import { formatNumber } from "@/lib/format/datetime";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type Series = { key: string; label: string; color: string };

/**
 * Bars per category, stacked when `stacked`. Drawing only: the caller gives the text alternative
 * (see ChartFigure). The keyboard layer is off because the drawing is hidden from assistive tech.
 */
export function Bars({
  data,
  category,
  series,
  stacked = false,
  layout = "horizontal",
  unit,
  locale,
}: {
  data: Record<string, string | number>[];
  category: string;
  series: Series[];
  stacked?: boolean;
  layout?: "horizontal" | "vertical";
  unit?: string;
  /** The Intl tag whose digits the value axis uses. */
  locale: string;
}) {
  const vertical = layout === "vertical";
  const count = (v: number) => formatNumber(v, locale);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={data}
        layout={layout}
        accessibilityLayer={false}
        margin={{ top: 8, right: 8, bottom: 8, left: vertical ? 24 : 0 }}
      >
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        {vertical ? (
          <>
            <XAxis type="number" unit={unit} allowDecimals={false} fontSize={12} tickFormatter={count} />
            <YAxis type="category" dataKey={category} width={110} fontSize={12} />
          </>
        ) : (
          <>
            <XAxis dataKey={category} fontSize={11} minTickGap={12} />
            <YAxis allowDecimals={false} unit={unit} fontSize={12} width={32} tickFormatter={count} />
          </>
        )}
        <Tooltip />
        {series.length > 1 ? <Legend wrapperStyle={{ fontSize: 12 }} /> : null}
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.label}
            fill={s.color}
            stackId={stacked ? "stack" : undefined}
            isAnimationActive={false}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
