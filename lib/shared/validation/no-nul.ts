type Node = { value: unknown; key: string | null; parent: Node | null };

function pathOf(node: Node): string {
  const keys: string[] = [];
  for (let n: Node | null = node; n && n.key !== null; n = n.parent) keys.unshift(n.key);
  return keys.join(".") || "_form";
}

/**
 * Where an input holds a NUL character (U+0000), as dotted paths ("values.memo"). PostgreSQL
 * text and jsonb cannot store it, so it would fail only at the insert. Iterative, so that a
 * deeply nested hand-made body cannot overflow the stack.
 */
export function nulPaths(input: unknown, limit = 20): string[] {
  const found: string[] = [];
  const stack: Node[] = [{ value: input, key: null, parent: null }];
  while (stack.length > 0 && found.length < limit) {
    const node = stack.pop()!;
    const { value } = node;
    if (typeof value === "string") {
      if (value.includes("\u0000")) found.push(pathOf(node));
    } else if (value !== null && typeof value === "object" && !(value instanceof Blob) && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        const child = { value: item, key, parent: node };
        if (key.includes("\u0000")) found.push(pathOf(child));
        stack.push(child);
      }
    }
  }
  return found;
}

export const NUL_MESSAGE = "使用できない文字(NUL)が含まれています。入力し直してください";
