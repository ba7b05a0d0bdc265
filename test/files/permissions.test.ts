import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { permitsWriting } from '../../src/files/permissions.js';

afterEach(() => {
  jest.restoreAllMocks();
});

describe('permitsWriting', () => {
  it("goes by the owner's, the group's or the others' write bit, as the process is the owner, in the group or neither", () => {
    jest.spyOn(process, 'getuid').mockReturnValue(1000);
    jest.spyOn(process, 'getgroups').mockReturnValue([1000, 50]);
    expect(permitsWriting({ mode: 0o644, uid: 1000, gid: 1 })).toBe(true);
    expect(permitsWriting({ mode: 0o444, uid: 1000, gid: 1 })).toBe(false);
    expect(permitsWriting({ mode: 0o664, uid: 0, gid: 50 })).toBe(true);
    expect(permitsWriting({ mode: 0o644, uid: 0, gid: 50 })).toBe(false);
    expect(permitsWriting({ mode: 0o666, uid: 0, gid: 0 })).toBe(true);
    expect(permitsWriting({ mode: 0o664, uid: 0, gid: 0 })).toBe(false);
  });

  it('refuses root only a file nobody may write', () => {
    jest.spyOn(process, 'getuid').mockReturnValue(0);
    expect(permitsWriting({ mode: 0o644, uid: 1000, gid: 1000 })).toBe(true);
    expect(permitsWriting({ mode: 0o444, uid: 1000, gid: 1000 })).toBe(false);
  });
});
