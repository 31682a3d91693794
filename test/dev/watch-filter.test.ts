// Which file events start a rebuild: only what the build reads.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { triggersRebuild } from "../../src/dev/watch-filter.ts";

const root = path.resolve("/project");
const seeds = path.join(root, "seeds");
const config = path.join(root, "newsfold.config.json");
const fires = (event: string, rel: string) => triggersRebuild(event, path.join(root, rel), seeds, config);

describe("triggersRebuild", () => {
  it("fires for article files, in any case and any sub-folder, on add, change and unlink", () => {
    for (const event of ["add", "change", "unlink"]) {
      expect(fires(event, "seeds/story.txt")).toBe(true);
      expect(fires(event, "seeds/2024/Story.MD")).toBe(true);
    }
  });

  it("fires for the settings file and for folders of seeds", () => {
    expect(fires("change", "newsfold.config.json")).toBe(true);
    expect(fires("unlink", "newsfold.config.json")).toBe(true);
    expect(fires("addDir", "seeds/2024")).toBe(true);
    expect(fires("unlinkDir", "seeds/2024")).toBe(true);
    expect(fires("unlinkDir", "seeds")).toBe(true);
  });

  it("ignores editor and OS litter, and anything inside a litter folder", () => {
    for (const name of [".story.txt.swp", "story.txt~", ".DS_Store", "#story.txt#", "~$story.txt", "story.txt.bak", "story.txt.tmp", ".#story.txt"]) {
      expect(fires("add", `seeds/${name}`), name).toBe(false);
    }
    expect(fires("change", "seeds/.git/story.txt")).toBe(false);
    expect(fires("addDir", "seeds/__MACOSX")).toBe(false);
  });

  it("ignores files the build never reads", () => {
    expect(fires("add", "seeds/4913")).toBe(false); // vim's write probe
    expect(fires("add", "seeds/photo.jpg")).toBe(false);
    expect(fires("change", "package.json")).toBe(false);
    expect(fires("change", "seeds-old/story.txt")).toBe(false);
  });
});
