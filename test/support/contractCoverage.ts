import { operationList } from '../../src/rest/operations.js';

/** What a contract test proved about an operation. */
export type Proof = 'official SDK' | 'own client' | 'success schema' | 'error schema' | 'same request' | 'metadata';

const PROOFS: Proof[] = ['official SDK', 'own client', 'success schema', 'error schema', 'same request', 'metadata'];

/** Which proofs each of the 90 operations received, printed as a table at the end of the contract suite. */
export class ContractCoverage {
  private readonly proofs = new Map<string, Set<Proof>>(operationList.map((operation) => [operation.name, new Set()]));

  record(operation: string, proof: Proof): void {
    this.proofs.get(operation)?.add(proof);
  }

  has(operation: string, proof: Proof): boolean {
    return this.proofs.get(operation)?.has(proof) ?? false;
  }

  /** Operations lacking `proof`. */
  missing(proof: Proof): string[] {
    return [...this.proofs].filter(([, proofs]) => !proofs.has(proof)).map(([name]) => name);
  }

  count(proof: Proof): number {
    return [...this.proofs.values()].filter((proofs) => proofs.has(proof)).length;
  }

  table(): string {
    const width = Math.max(...[...this.proofs.keys()].map((name) => name.length));
    const header = `${'operation'.padEnd(width)} | ${PROOFS.join(' | ')}`;
    const rows = [...this.proofs].map(
      ([name, proofs]) =>
        `${name.padEnd(width)} | ${PROOFS.map((proof) => (proofs.has(proof) ? 'x' : '-').padEnd(proof.length)).join(' | ')}`,
    );
    const totals = `${'total'.padEnd(width)} | ${PROOFS.map((proof) => String(this.count(proof)).padEnd(proof.length)).join(' | ')}`;
    return [header, '-'.repeat(header.length), ...rows, '-'.repeat(header.length), totals].join('\n');
  }
}
