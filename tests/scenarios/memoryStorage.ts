/** A Web Storage in memory whose writes can be made to fail like a full quota. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();
  /** When true, every setItem throws a QuotaExceededError and stores nothing. */
  full = false;

  get length(): number {
    return this.items.size;
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, String(value));
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
  clear(): void {
    this.items.clear();
  }
  /** Every key that starts with `prefix`. */
  keys(prefix = ''): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix));
  }
}
