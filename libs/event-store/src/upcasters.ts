/** Turns a payload stored at `fromVersion` into the shape of `fromVersion + 1`. */
export type Upcaster = (data: any) => any;

/** Registered upcasters run on read, so old payloads reach code in the current shape. */
export class UpcasterRegistry {
  private readonly byType = new Map<string, Map<number, Upcaster>>();

  register(type: string, fromVersion: number, upcast: Upcaster): this {
    let steps = this.byType.get(type);
    if (!steps) this.byType.set(type, (steps = new Map()));
    if (steps.has(fromVersion)) throw new Error(`upcaster for ${type} v${fromVersion} registered twice`);
    steps.set(fromVersion, upcast);
    return this;
  }

  upcast(type: string, schemaVersion: number, data: unknown): { schemaVersion: number; data: unknown } {
    const steps = this.byType.get(type);
    if (!steps) return { schemaVersion, data };
    let version = schemaVersion;
    let current = data;
    for (let step = steps.get(version); step; step = steps.get(version)) {
      current = step(current);
      version += 1;
    }
    return { schemaVersion: version, data: current };
  }
}
