import { readDataset, readPresets } from './src/cli/projectData';
import { compileModel, monteCarlo, uncertainInputs } from './src/lib/engine';
const dataset = readDataset();
const agenda = { ...readPresets(dataset).find((p) => p.id === 'rijk')!, horizon: 2035 };
const model = compileModel(dataset, agenda);
const inputs = uncertainInputs(dataset, model);
for (let i = 0; i < 8; i++) monteCarlo(model, inputs, { runs: 100000, seed: 1 + i });
