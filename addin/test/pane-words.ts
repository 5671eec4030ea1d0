// Every test speaks all three languages at once (the pane loads one, on demand: translate.ts).
import { PANE_WORDS } from "../src/i18n.ts";
import { registerWords } from "../src/translate.ts";

registerWords("kk", PANE_WORDS.kk);
registerWords("ru", PANE_WORDS.ru);
registerWords("en", PANE_WORDS.en);
