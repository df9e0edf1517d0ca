import { describe, expect, it } from 'vitest';
import { chooseModules } from '../../bench/module';

const modules = ['store', 'search', 'cold paths', 'itinerary PDF'].map((name) => ({ name, run: async () => {} }));

describe('chooseModules (running the bench in parts)', () => {
  it('runs every module when none is named', () => {
    expect(chooseModules(modules, []).map((m) => m.name)).toEqual(['store', 'search', 'cold paths', 'itinerary PDF']);
    expect(chooseModules(modules, ['', ' ']).map((m) => m.name)).toHaveLength(4);
  });

  it("runs only the named ones, in the run's order, names written as on the command line", () => {
    expect(chooseModules(modules, ['itinerary-pdf', 'Store']).map((m) => m.name)).toEqual(['store', 'itinerary PDF']);
    expect(chooseModules(modules, ['cold-paths']).map((m) => m.name)).toEqual(['cold paths']);
  });

  it('refuses an unknown name and says which names there are', () => {
    expect(() => chooseModules(modules, ['stor'])).toThrow('no bench module stor; there are: store, search, cold-paths, itinerary-pdf');
  });
});
