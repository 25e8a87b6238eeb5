export type EntityType = 'person' | 'place' | 'organization' | 'date' | 'number' | 'other';

/** The types that are names (people, places, organisations), as opposed to dates, numbers and other spans. */
export const NAME_TYPES: ReadonlySet<EntityType> = new Set<EntityType>(['person', 'place', 'organization']);

/** One occurrence of an entity: `start`/`end` are UTF-16 offsets into the block's text, as `String#slice` takes them. */
export interface Mention {
  blockId: string;
  start: number;
  end: number;
  entityId: string;
  type: EntityType;
  text: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  /** Canonical name: the longest full form seen in the article. */
  name: string;
  aliases: string[];
  mentions: number;
  score: number;
  /** Among the article's top entities: the popup shows these as chips. */
  key: boolean;
}

export interface EntityResult {
  entities: Entity[];
  /** Sorted by block (input order) then start; never overlapping. */
  mentions: Mention[];
}

export interface TextBlock {
  id: string;
  text: string;
  kind?: string;
}

/** A span a recogniser proposes before overlaps are resolved and aliases merged. */
export interface Candidate {
  start: number;
  end: number;
  type: EntityType;
  /** Higher wins when candidates overlap (then longer wins). */
  priority: number;
  /** A lone capitalised word: kept only if it matches part of a person's name found elsewhere in the article. */
  tentative?: boolean;
}
