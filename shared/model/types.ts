import type {
  Attitude,
  Driver,
  Fit,
  FunnelClass,
  Layer,
  LinkKind,
  PersonStatus,
  Role,
  Stage,
  TeamFunction,
  Tier,
} from './enums';

/** A calendar date as `YYYY-MM-DD` (no time zone: a KAM means a day, not an instant). */
export type IsoDate = string;

export interface Account {
  id: string;
  name: string;
  industry: string;
  region: string;
  notes: string;
  tier: Tier;
  funnelClass: FunnelClass;
  stage: Stage;
  /** Our share of the customer's spend in our category, 0-100, or null when unknown. */
  shareOfWallet: number | null;
  /** Visit cadence in days; null means the tier's default (DEFAULT_CADENCE_DAYS). */
  visitCadenceDays: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface Competitor {
  id: string;
  accountId: string;
  name: string;
}

export interface TeamMember {
  id: string;
  accountId: string;
  name: string;
  function: TeamFunction;
  /** Position on the map; null until placed (the band layout then places it in the team column). */
  x: number | null;
  y: number | null;
}

export interface Person {
  id: string;
  accountId: string;
  name: string;
  title: string;
  department: string;
  /** Other contact details (office, WeChat...): free text, private in workshop mode and exports. */
  contact: string;
  /** E-mail address, private like `contact`; imports match duplicates on it first. */
  email: string;
  /** Phone number as written (digits kept as text), private like `contact`. */
  phone: string;
  layer: Layer;
  roles: Role[];
  attitude: Attitude;
  /** 1-5: real weight in the decision, which may differ from the title. */
  influence: number;
  favouredCompetitorId: string | null;
  driver: Driver | null;
  judgesBy: string;
  fitOurs: Fit;
  fitCompetitor: Fit;
  /** Covers strength we aim for, 0-3, or null when not set. */
  targetRelationship: number | null;
  lastContact: IsoDate | null;
  nextStep: string;
  privateNotes: string;
  /** The day the KAM last confirmed this person's facts (title, layer, attitude); null when never. */
  verifiedOn: IsoDate | null;
  /** Where the record came from: met in person, a colleague, an imported file and its date. */
  source: string;
  /** Left and on-leave people stay on the map, drawn faded, and take no part in the coverage rules. */
  status: PersonStatus;
  /** The day the person left or went on leave; null when active or not known. */
  statusSince: IsoDate | null;
  /** Left: the new employer, as text, when it is not one of the account's competitors. */
  leftTo: string;
  /** Left: the account's competitor the person joined, or null. */
  leftToCompetitorId: string | null;
  x: number | null;
  y: number | null;
}

export interface Link {
  id: string;
  accountId: string;
  kind: LinkKind;
  /** person id, or team member id (covers), or competitor id (competitorTie) */
  from: string;
  /** always a person id */
  to: string;
  /** influences 1-3, covers 0-3, competitorTie 1-3; null for the other kinds */
  strength: number | null;
  /** covers only: date of last contact */
  lastContact: IsoDate | null;
}

/** Everything the app knows about one account: what the map, analysis and exchange file work on. */
export interface AccountData {
  account: Account;
  competitors: Competitor[];
  team: TeamMember[];
  people: Person[];
  links: Link[];
}

export interface AccountSummary {
  id: string;
  name: string;
  industry: string;
  tier: Tier;
  stage: Stage;
  peopleCount: number;
  updatedAt: string;
}

export type EntityKind = 'account' | 'competitor' | 'team' | 'person' | 'link';

export interface EntityByKind {
  account: Account;
  competitor: Competitor;
  team: TeamMember;
  person: Person;
  link: Link;
}
