import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { deferred } from "./deferred.tsx";

interface CountProps {
  label: string;
}
const Count = ({ label }: CountProps) => createElement("b", { "data-real": "yes" }, label);
const render = (component: (props: CountProps) => ReactNode, label: string) =>
  renderToStaticMarkup(createElement(component, { label }));

describe("deferred", () => {
  it("shows its placeholder until the component is fetched, then the component; it fetches once", async () => {
    let loads = 0;
    const Deferred = deferred<CountProps>(
      async () => {
        loads++;
        return Count;
      },
      ({ label }) => createElement("span", null, label),
    );
    // Nothing is fetched by defining it, and a render before the fetch shows the placeholder, not a blank.
    expect(loads).toBe(0);
    expect(render(Deferred, "Errors: 3")).toBe("<span>Errors: 3</span>");
    await Promise.all([Deferred.preload(), Deferred.preload()]);
    expect(loads).toBe(1);
    expect(render(Deferred, "Errors: 3")).toBe('<b data-real="yes">Errors: 3</b>');
  });

  it("renders nothing by default while it waits, and fetches again after a failed fetch", async () => {
    let attempt = 0;
    const Deferred = deferred<CountProps>(async () => {
      if (++attempt === 1) throw new Error("offline");
      return Count;
    });
    await Deferred.preload();
    expect(render(Deferred, "x")).toBe("");
    await Deferred.preload();
    expect(attempt).toBe(2);
    expect(render(Deferred, "x")).toBe('<b data-real="yes">x</b>');
  });
});
