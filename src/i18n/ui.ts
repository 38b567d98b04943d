/**
 * The handbook's own interface strings (Starlight translates its own UI).
 * Used by .astro components at build time and by islands in the browser.
 */
import type { Lang } from '../../calculators/format';

const zh = {
  'doc.id': '文件编号',
  'doc.version': '版本',
  'doc.effective': '生效日期',
  'doc.approved': '批准日期',
  'doc.minutes': '审批依据',
  'doc.archived': '原文与修订对照',
  'doc.archivedOutside': '（该版原文存于合规与法律部的文件档案，本手册未收录）',
  'doc.owner': '归口部门',
  'doc.approver': '审批机构',
  'doc.nextReview': '下次复审',
  'doc.history': '修订记录',
  'doc.change': '修订内容',
  'doc.date': '日期',
  'doc.type.policy': '政策',
  'doc.type.procedure': '操作规程',
  'doc.overdue': '本文件已超过复审日期（{date}），内容可能已过时。请联系归口部门确认现行版本。',
  'doc.dueSoon': '本文件将于 {date} 到期复审。',
  'print.footer': '{id} {title} · 第 {version} 版 · {effective}生效',
  'print.uncontrolled': '打印件为非受控文件 · 打印于 ',
  'print.governs': '',
} as const;

export type UiKey = keyof typeof zh;

const en: Record<UiKey, string> = {
  'doc.id': 'Document',
  'doc.version': 'Version',
  'doc.effective': 'Effective',
  'doc.approved': 'Approved on',
  'doc.minutes': 'Approval',
  'doc.archived': 'text and redline',
  'doc.archivedOutside':
    "(the text of this version is kept in the Compliance and Legal Department's document archive, not in this handbook)",
  'doc.owner': 'Owner',
  'doc.approver': 'Approved by',
  'doc.nextReview': 'Next review',
  'doc.history': 'Revision history',
  'doc.change': 'Change',
  'doc.date': 'Date',
  'doc.type.policy': 'Policy',
  'doc.type.procedure': 'Procedure',
  'doc.overdue':
    'This document is past its review date ({date}) and may be out of date. Ask the owning department for the current version.',
  'doc.dueSoon': 'This document is due for review on {date}.',
  'print.footer': '{id} {title} · version {version} · effective {effective}',
  'print.uncontrolled': 'Printed copy is uncontrolled · printed on ',
  'print.governs': 'English translation; the Chinese edition governs',
};

const strings: Record<Lang, Record<UiKey, string>> = { zh, en };

/** The string for `key` in `lang`, with {name} placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string> = {}): string {
  return strings[lang][key].replace(/\{(\w+)\}/g, (_, name: string) => vars[name] ?? `{${name}}`);
}
