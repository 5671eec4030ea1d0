import { makeStyles, tokens } from "@fluentui/react-components";
import { formatBand, formatShare, label, type Lang, type Trend } from "@sapa/shared";
import { useId } from "react";
import type { WebTranslate } from "./i18n-web.ts";

const W = 640;
const H = 240;
const PAD = { left: 48, right: 16, top: 16, bottom: 40 };

const useStyles = makeStyles({
  svg: { width: "100%", maxWidth: `${W}px`, height: "auto", fontSize: "11px" },
  legend: { display: "flex", gap: "16px", fontSize: tokens.fontSizeBase200 },
  figures: { margin: "4px 0 0", paddingLeft: "20px", fontSize: tokens.fontSizeBase200 },
});

/** One year on the chart: the stage's band and the region's awards share (null: no data, a gap). */
export interface TrendChartPoint {
  year: string;
  band: { min: number; max: number } | null;
  actual: number | null;
}

/** The chart's points from the trend: the region's total awards share against each year's band. */
export function trendChartPoints(trend: Trend): TrendChartPoint[] {
  return trend.years.map((y) => ({
    year: y.year,
    // The year's band whether or not it has data: a year to come still shows what it will be held to.
    band: y.band,
    actual: y.region?.stage.total?.actual ?? null,
  }));
}

/**
 * The trend as a chart in the page (inline SVG, no chart library): each academic year's stage band as a
 * shaded bar, the region's awards share as a line with points; a year without data is a gap, never 0.
 */
export function TrendChart({ trend, tw, lang }: { trend: Trend; tw: WebTranslate; lang: Lang }) {
  const styles = useStyles();
  // Shares as every table and sheet writes them (formatShare: 25,00% in kk and ru); the axis rounder.
  const share = (v: number) => formatShare(v, lang);
  const tick = (v: number) => formatShare(v, lang, v < 0.1 ? 1 : 0);
  const points = trendChartPoints(trend);
  const top = Math.max(0.05, ...points.flatMap((p) => [p.actual ?? 0, p.band?.max ?? 0])) * 1.15;
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const step = innerW / Math.max(1, points.length);
  const x = (i: number) => PAD.left + step * (i + 0.5);
  const y = (v: number) => PAD.top + innerH * (1 - v / top);
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  // The line breaks at a year without data.
  const segments: string[] = [];
  let current = "";
  points.forEach((p, i) => {
    if (p.actual === null) {
      if (current) segments.push(current);
      current = "";
      return;
    }
    current += `${current ? " L" : "M"} ${x(i).toFixed(1)} ${y(p.actual).toFixed(1)}`;
  });
  if (current) segments.push(current);
  // The chart's figures as text, each year on a line: what the points and bands show, for a screen reader
  // (the picture's description) and for a keyboard, which cannot hover a point for its tooltip.
  const figuresId = useId();
  const yearText = (p: TrendChartPoint) =>
    p.actual === null && p.band === null
      ? `${p.year}: ${tw("webTrendNoData")}`
      : [
          `${p.year}: ${tw("webTrendActual")} ${p.actual === null ? tw("webTrendNoData") : share(p.actual)}`,
          p.band && `${label("band", lang)} ${formatBand(p.band, lang)}`,
        ]
          .filter(Boolean)
          .join(" · ");

  return (
    <figure style={{ margin: 0 }} data-testid="web-trend-chart">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        className={styles.svg}
        role="img"
        aria-label={tw("webTrendLabel")}
        aria-describedby={figuresId}
      >
        {ticks.map((v) => (
          <g key={v}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(v)} y2={y(v)} stroke="#e0e0e0" />
            <text x={PAD.left - 6} y={y(v) + 4} textAnchor="end" fill="#616161">
              {tick(v)}
            </text>
          </g>
        ))}
        {points.map((p, i) => (
          <g key={p.year} data-year={p.year}>
            {p.band && (
              <rect
                x={x(i) - step * 0.3}
                width={step * 0.6}
                y={y(p.band.max)}
                height={Math.max(1, y(p.band.min) - y(p.band.max))}
                fill="#C6EFCE"
                stroke="#6BB77B"
              >
                <title>{`${label("band", lang)} ${p.year}: ${formatBand(p.band, lang)}`}</title>
              </rect>
            )}
            <text x={x(i)} y={H - PAD.bottom + 16} textAnchor="middle" fill="#424242">
              {p.year}
            </text>
            {p.actual === null && (
              <text x={x(i)} y={H - PAD.bottom - 6} textAnchor="middle" fill="#9e9e9e">
                {tw("webTrendNoData")}
              </text>
            )}
          </g>
        ))}
        {segments.map((d) => (
          <path key={d} d={d} fill="none" stroke="#0F6CBD" strokeWidth={2} />
        ))}
        {points.map((p, i) =>
          p.actual === null ? null : (
            <circle key={p.year} cx={x(i)} cy={y(p.actual)} r={4} fill="#0F6CBD" data-actual={p.actual}>
              <title>{`${tw("webTrendActual")} ${p.year}: ${share(p.actual)}`}</title>
            </circle>
          ),
        )}
      </svg>
      <figcaption className={styles.legend}>
        <span>
          <svg width="24" height="10" aria-hidden="true">
            <line x1="0" x2="24" y1="5" y2="5" stroke="#0F6CBD" strokeWidth="2" />
          </svg>{" "}
          {tw("webTrendActual")}
        </span>
        <span>
          <svg width="14" height="10" aria-hidden="true">
            <rect width="14" height="10" fill="#C6EFCE" stroke="#6BB77B" />
          </svg>{" "}
          {label("band", lang)}
        </span>
      </figcaption>
      <ul id={figuresId} className={styles.figures} data-testid="web-trend-figures">
        {points.map((p) => (
          <li key={p.year}>{yearText(p)}</li>
        ))}
      </ul>
    </figure>
  );
}
