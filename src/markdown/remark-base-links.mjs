/**
 * Authors write site links from the root ("/policies/governance/"); this remark
 * plugin prefixes the configured base path so the same MDX works when the
 * handbook is served under a sub-path (BASE_PATH=/handbook/).
 */
import { visit } from 'unist-util-visit';

export function remarkBaseLinks({ base = '/' } = {}) {
  const prefix = base.replace(/\/$/, '');
  return (tree) => {
    if (!prefix) return;
    visit(tree, ['link', 'definition'], (node) => {
      if (typeof node.url === 'string' && node.url.startsWith('/') && !node.url.startsWith('//') && !node.url.startsWith(`${prefix}/`)) {
        node.url = prefix + node.url;
      }
    });
  };
}
