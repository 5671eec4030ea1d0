import type { DistrictId, Localized } from "../types.ts";

export interface District {
  id: DistrictId;
  name: Omit<Localized, "en"> & { en: string };
  /** Other spellings seen in sheets and e-mails. */
  aliases: string[];
}

/** The 13 reporting units of Aktobe region, in the order the region lists them. */
export const DISTRICTS: readonly District[] = [
  { id: "aktobe", name: { kk: "Ақтөбе қаласы", ru: "г. Актобе", en: "Aktobe city" }, aliases: [] },
  {
    id: "aiteke-bi",
    name: { kk: "Әйтеке би ауданы", ru: "Айтекебийский район", en: "Aiteke Bi district" },
    aliases: [],
  },
  { id: "alga", name: { kk: "Алға ауданы", ru: "Алгинский район", en: "Alga district" }, aliases: [] },
  {
    id: "baiganin",
    name: { kk: "Байғанин ауданы", ru: "Байганинский район", en: "Baiganin district" },
    aliases: [],
  },
  {
    id: "kargaly",
    name: { kk: "Қарғалы ауданы", ru: "Каргалинский район", en: "Kargaly district" },
    aliases: [],
  },
  {
    id: "kobda",
    name: { kk: "Қобда ауданы", ru: "Кобдинский район", en: "Kobda district" },
    aliases: ["Хобдинский район"],
  },
  { id: "martuk", name: { kk: "Мәртөк ауданы", ru: "Мартукский район", en: "Martuk district" }, aliases: [] },
  {
    id: "mugalzhar",
    name: { kk: "Мұғалжар ауданы", ru: "Мугалжарский район", en: "Mugalzhar district" },
    aliases: [],
  },
  { id: "oiyl", name: { kk: "Ойыл ауданы", ru: "Уилский район", en: "Oiyl district" }, aliases: [] },
  { id: "temir", name: { kk: "Темір ауданы", ru: "Темирский район", en: "Temir district" }, aliases: [] },
  {
    id: "khromtau",
    name: { kk: "Хромтау ауданы", ru: "Хромтауский район", en: "Khromtau district" },
    aliases: [],
  },
  {
    id: "shalkar",
    name: { kk: "Шалқар ауданы", ru: "Шалкарский район", en: "Shalkar district" },
    aliases: [],
  },
  { id: "yrgyz", name: { kk: "Ырғыз ауданы", ru: "Иргизский район", en: "Yrgyz district" }, aliases: [] },
];

const byId = new Map(DISTRICTS.map((d) => [d.id, d]));

/** The district with this id, or undefined. */
export function findDistrict(id: string): District | undefined {
  return byId.get(id as DistrictId);
}

/** True when `id` is one of the 13 reporting units. */
export function isDistrictId(id: string): id is DistrictId {
  return byId.has(id as DistrictId);
}
