import { executeServerCommand } from '@web/test-runner-commands';

export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  invalid?: string;
  required?: boolean;
  checked?: boolean | 'mixed';
  expanded?: boolean;
  disabled?: boolean;
  focused?: boolean;
  level?: number;
  children?: AXNode[];
}

/**
 * The browser's full accessibility tree for the page (Chromium via CDP; shadow roots are
 * flattened, so names and descriptions are what a screen reader gets).
 */
export async function axTree(): Promise<AXNode> {
  return (await executeServerCommand('ax-tree')) as AXNode;
}

/** First node of the tree that matches, depth first. */
export async function axFind(match: (n: AXNode) => boolean): Promise<AXNode | null> {
  return (await axFindAll(match))[0] ?? null;
}

/** All nodes that match, depth first. */
export async function axFindAll(match: (n: AXNode) => boolean): Promise<AXNode[]> {
  const out: AXNode[] = [];
  const walk = (n: AXNode) => {
    if (match(n)) out.push(n);
    n.children?.forEach(walk);
  };
  walk(await axTree());
  return out;
}
