import { describe, expect, it } from 'vitest';
import { importEdges } from './importGraph.js';
import { boundaryViolations, partCycles } from './layers.js';

// Folder boundaries of src/ (docs/ARCHITECTURE.md): rest ← loaders ← graphql ← schema ←
// resolvers ← server, and the emulator imports only the wire definitions and the operation table.
describe('folder boundaries of src/', () => {
  const edges = importEdges('src');

  it('reads the imports of src/', () => {
    // Guards the two checks below against passing on an empty or broken read.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'src/graphql/context.ts', to: 'src/loaders/index.ts', typeOnly: false });
    expect(edges).toContainEqual({ from: 'src/live/session.ts', to: 'src/graphql/context.ts', typeOnly: true });
  });

  it('no folder imports one above it', () => {
    expect(boundaryViolations(edges)).toEqual([]);
  });

  it('no import cycles between folders', () => {
    expect(partCycles(edges)).toEqual([]);
  });

  it('the checks refuse an upward import and a cycle', () => {
    const upward = [
      { from: 'src/rest/client.ts', to: 'src/graphql/errors.ts', typeOnly: false },
      { from: 'src/loaders/users.ts', to: 'src/schema/user/types.ts', typeOnly: true },
      { from: 'src/emulator/server.ts', to: 'src/rest/transport.ts', typeOnly: false },
      { from: 'src/schema/poll/types.ts', to: 'src/yoga.ts', typeOnly: false },
      { from: 'src/security/csrf.ts', to: 'src/schema/user/types.ts', typeOnly: false },
      { from: 'src/graphql/context.ts', to: 'src/live/session.ts', typeOnly: false },
      { from: 'src/newFolder/thing.ts', to: 'src/rest/client.ts', typeOnly: false },
    ];
    expect(boundaryViolations(upward)).toEqual([
      'src/rest/client.ts -> src/graphql/errors.ts',
      'src/loaders/users.ts -> src/schema/user/types.ts (types)',
      'src/emulator/server.ts -> src/rest/transport.ts',
      'src/schema/poll/types.ts -> src/yoga.ts',
      'src/security/csrf.ts -> src/schema/user/types.ts',
      'src/graphql/context.ts -> src/live/session.ts',
      'src/newFolder/thing.ts: src/newFolder has no entry in the boundary table',
    ]);
    expect(
      partCycles([
        { from: 'src/schema/poll/types.ts', to: 'src/resolvers/poll/queries.ts', typeOnly: false },
        { from: 'src/resolvers/poll/queries.ts', to: 'src/schema/poll/types.ts', typeOnly: false },
      ]),
    ).toEqual(['schema -> resolvers -> schema']);
  });
});
