// Types of scripts/seed-demo-people.mjs for the TypeScript that imports it (the demo seed's e2e suite).
/** Records the people of the demo through `post` (the seed's own call); `ids` are its groups and sources. */
export declare function seedPeople(
  post: (path: string, body: object) => Promise<unknown>,
  ids: Readonly<Record<string, string>>,
): Promise<void>;
/** Persons of the demo its readers look up. */
export declare const demoPeople: {
  ehsan: string;
  khurasani: string;
  omar: string;
  hafizSaeedKhan: string;
  iskpLeaders: string[];
};
