// Geometry of the visual timeline, kept apart from markup so it can be tested: years along an
// axis, one lane per kind of meeting, a point for a known day, a bar for a multi-day meeting and
// a dashed range (with a "?" marker) for a date the evidence only bounds.

import type { FuzzyDate, Meeting } from "../types.ts";
import { isUncertain } from "./dates.ts";

export const LANES = [
  { id: "consultations", label: "Strategic security consultations" },
  { id: "law-enforcement", label: "Law-enforcement mechanism" },
  { id: "summits", label: "Leaders' summits" },
  { id: "other", label: "Other meetings" },
] as const;

export type LaneId = (typeof LANES)[number]["id"];

const LEADER_ROLE = /\b(?<!vice[ -])(?:president|premier|prime minister|chairman|general secretary|head of state)\b/i;

/** The lane a meeting is drawn in, from its series name, then its title, then its participants' roles. */
export function laneOf(m: Meeting): LaneId {
  const named = `${m.series ?? ""} ${m.title}`;
  if (/strategic\s+(?:and\s+)?security|security\s+consultation/i.test(named)) return "consultations";
  if (/law[-\s]enforcement/i.test(named)) return "law-enforcement";
  if (/summit|heads of state|leaders/i.test(named)) return "summits";
  const leaders = m.participants.filter((p) => p.role && LEADER_ROLE.test(p.role));
  if (leaders.length >= 2) return "summits";
  return "other";
}

export type MarkKind = "point" | "span" | "range";

export interface Mark {
  meeting: Meeting;
  lane: LaneId;
  kind: MarkKind;
  x1: number;
  x2: number;
  y: number;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plotLeft: number;
  plotRight: number;
  lanes: { id: LaneId; label: string; y: number }[];
  ticks: { year: number; x: number; labelled: boolean }[];
  axisY: number;
  marks: Mark[];
  /** Meetings without any date bound: listed, not drawn. */
  undrawn: Meeting[];
}

const WIDTH = 1000;
const PLOT_LEFT = 190;
const PLOT_RIGHT = 980;
const LANE_HEIGHT = 46;
const TOP = 12;
const DAY_MS = 86_400_000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day a date can be, from its bounds or, lacking them, its value. */
export function bounds(date: FuzzyDate): { start: string; end: string } | null {
  let start = date.earliest;
  let end = date.latest;
  const v = date.precision === "unknown" ? null : date.value;
  if (v && (!start || !end)) {
    const [y = "", m, d] = v.split("-");
    const vs = d ? v : m ? `${y}-${m}-01` : `${y}-01-01`;
    const ve = d ? v : m ? `${y}-${m}-${String(daysInMonth(Number(y), Number(m))).padStart(2, "0")}` : `${y}-12-31`;
    start ??= vs;
    end ??= ve;
  }
  if (!start && !end) return null;
  return { start: start ?? (end as string), end: end ?? (start as string) };
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;

export function layoutTimeline(meetings: Meeting[]): TimelineLayout {
  const spans: { meeting: Meeting; start: string; end: string; kind: MarkKind }[] = [];
  const undrawn: Meeting[] = [];
  for (const m of meetings) {
    const b = bounds(m.date);
    if (!b || Number.isNaN(dayNumber(b.start)) || Number.isNaN(dayNumber(b.end))) {
      undrawn.push(m);
      continue;
    }
    const endBounds = m.end ? bounds(m.end) : null;
    const uncertain = isUncertain(m.date) || (m.end !== null && isUncertain(m.end));
    const end = endBounds && endBounds.end > b.end ? endBounds.end : b.end;
    const kind: MarkKind = uncertain ? "range" : end !== b.start ? "span" : "point";
    spans.push({ meeting: m, start: b.start, end, kind });
  }

  const years = spans.flatMap((s) => [Number(s.start.slice(0, 4)), Number(s.end.slice(0, 4))]);
  const first = years.length ? Math.min(...years) : 2000;
  const last = years.length ? Math.max(...years) : first;
  const d0 = dayNumber(`${first}-01-01`);
  const d1 = dayNumber(`${last + 1}-01-01`);
  const x = (iso: string, endOfDay = false) => PLOT_LEFT + ((dayNumber(iso) + (endOfDay ? 1 : 0) - d0) / (d1 - d0)) * (PLOT_RIGHT - PLOT_LEFT);

  const lanes = LANES.map((l, i) => ({ id: l.id, label: l.label, y: TOP + LANE_HEIGHT * i + LANE_HEIGHT / 2 }));
  const laneY = new Map(lanes.map((l) => [l.id, l.y]));
  const marks: Mark[] = spans.map((s) => {
    const lane = laneOf(s.meeting);
    const x1 = x(s.start);
    const x2 = x(s.end, true);
    return { meeting: s.meeting, lane, kind: s.kind, x1: round(x1), x2: round(Math.max(x2, x1)), y: laneY.get(lane) ?? 0 };
  });

  const yearCount = last - first + 1;
  const step = Math.max(1, Math.ceil(yearCount / 10));
  const ticks = [];
  for (let y = first; y <= last + 1; y++) ticks.push({ year: y, x: round(x(`${y}-01-01`)), labelled: (y - first) % step === 0 && y <= last });
  const axisY = TOP + LANE_HEIGHT * LANES.length + 4;
  return { width: WIDTH, height: axisY + 30, plotLeft: PLOT_LEFT, plotRight: PLOT_RIGHT, lanes, ticks, axisY, marks, undrawn };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
