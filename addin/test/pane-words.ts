// Every test speaks all three languages at once: i18n.ts puts them in memory (the pane loads one, on demand).
import "../src/i18n.ts";
