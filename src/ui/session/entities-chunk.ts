// The lazily loaded part of the popup: entity recognition, its lexicons and gazetteers, imported only with `import()`.
export { recognizeEntities } from '../../entities/recognize-entities';
export { linkToSource } from '../../entities/link/link-to-source';
export { projectedCandidates, projectEntities } from '../../entities/link/project-entities';
export { hasOwnRecogniser, sourceNamesHelp } from '../../entities/recognisers';
export { recogniseAhead } from '../../entities/block-candidates';
