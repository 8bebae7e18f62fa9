import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';

export interface AXNode {
  role: string;
  name: string;
  description?: string;
  value?: string;
  invalid?: string;
  required?: boolean;
  checked?: boolean | 'mixed';
  disabled?: boolean;
  focused?: boolean;
  level?: number;
  children?: AXNode[];
}

/** The browser's accessibility tree for the page (Chromium via CDP, shadow roots flattened). */
export async function axTree(): Promise<AXNode> {
  return (await a11ySnapshot({})) as unknown as AXNode;
}

/** First node of the tree that matches. */
export async function axFind(match: (n: AXNode) => boolean): Promise<AXNode | null> {
  const tree = await axTree();
  return (findAccessibilityNode(tree as never, match as never) as unknown as AXNode) ?? null;
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
