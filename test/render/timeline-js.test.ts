// Runs assets/timeline.js against a minimal stand-in DOM: the filters must show only the
// meetings that match every chosen value, in the list and the drawing alike.
import { describe, expect, it } from "vitest";
import vm from "node:vm";
import { TIMELINE_JS } from "../../src/render/assets/timeline-js.ts";

class FakeEl {
  classes = new Set<string>();
  constructor(private attrs: Record<string, string>, cls: string) {
    this.classes.add(cls);
  }
  getAttribute(name: string) {
    return this.attrs[name] ?? null;
  }
  classList = {
    toggle: (c: string, on: boolean) => (on ? this.classes.add(c) : this.classes.delete(c)),
    contains: (c: string) => this.classes.has(c),
  };
}

function setup() {
  const item = (id: string, lane: string, year: string, people: string) => new FakeEl({ id, "data-lane": lane, "data-year": year, "data-people": people }, "tl-item");
  const items = [item("a", "consultations", "2024", "anna boris"), item("b", "other", "2023", "boris"), item("c", "other", "unknown", "anna")];
  const marks = [new FakeEl({ "data-lane": "consultations", "data-year": "2024", "data-people": "anna boris" }, "tl-mark")];
  const listeners: Record<string, () => void> = {};
  const count = { textContent: "" };
  const form = {
    hidden: true,
    elements: { person: { value: "" }, lane: { value: "" }, year: { value: "" } },
    querySelector: () => count,
    addEventListener: (type: string, fn: () => void) => (listeners[type] = fn),
  };
  const document = { querySelector: () => form, querySelectorAll: () => [...items, ...marks] };
  vm.runInNewContext(TIMELINE_JS, { document });
  const visible = () => items.filter((i) => !i.classes.has("tl-hidden")).map((i) => i.getAttribute("id"));
  return { form, listeners, count, visible, marks };
}

describe("assets/timeline.js", () => {
  it("reveals the filters and shows everything until a choice is made", () => {
    const t = setup();
    expect(t.form.hidden).toBe(false);
    expect(t.visible()).toEqual(["a", "b", "c"]);
    expect(t.count.textContent).toBe("");
  });

  it("filters by whole person id, lane and year together", () => {
    const t = setup();
    t.form.elements.person.value = "boris";
    t.listeners.change?.();
    expect(t.visible()).toEqual(["a", "b"]);
    t.form.elements.lane.value = "other";
    t.listeners.change?.();
    expect(t.visible()).toEqual(["b"]);
    expect(t.marks[0]?.classes.has("tl-hidden")).toBe(true);
    expect(t.count.textContent).toBe("1 of 3 meetings shown");
    t.form.elements.person.value = "";
    t.form.elements.lane.value = "";
    t.form.elements.year.value = "unknown";
    t.listeners.change?.();
    expect(t.visible()).toEqual(["c"]);
  });

  it("does not match a person id that is only a prefix of another", () => {
    const t = setup();
    t.form.elements.person.value = "bor";
    t.listeners.change?.();
    expect(t.visible()).toEqual([]);
  });
});
