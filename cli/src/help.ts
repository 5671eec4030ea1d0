import type { Lang } from "@sapa/shared";
import { COMMAND_TABLE, commandSpec, type CommandSpec } from "./command-table.ts";

const FOOTER: Record<Lang, string> = {
  kk: "Шығу коды: 0 сәтті, 1 қабылданбады (тізімде қате, 4xx), 2 қолдану, файл не желі қатесі.\nСервер мен токен: --server/--token немесе SAPA_SERVER/SAPA_TOKEN (әдепкі https://localhost:3000).",
  ru: "Код выхода: 0 успех, 1 отклонено (ошибки в списке, 4xx), 2 ошибка использования, файла или сети.\nСервер и токен: --server/--token или SAPA_SERVER/SAPA_TOKEN (по умолчанию https://localhost:3000).",
  en: "Exit status: 0 success, 1 rejected (roster errors, 4xx), 2 usage, file or network error.\nServer and token: --server/--token or SAPA_SERVER/SAPA_TOKEN (default https://localhost:3000).",
};

/** Usage of one command, or of every listed command in the table's order. */
export function helpText(command: string | undefined, lang: Lang): string {
  const one = command === undefined ? undefined : commandSpec(command);
  const specs: CommandSpec[] = one?.usage ? [one] : Object.values(COMMAND_TABLE);
  const blocks = specs
    .filter((spec) => spec.usage !== undefined && spec.description !== undefined)
    .map((spec) => `  ${spec.usage}\n      ${spec.description![lang]}`);
  return `Sapa\n\n${blocks.join("\n\n")}\n\n${FOOTER[lang]}\n`;
}
