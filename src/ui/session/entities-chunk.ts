// The lazily loaded part of the popup: entity recognition, its lexicons and gazetteers, imported only with `import()`.
export { recognizeEntities } from '../../entities/recognize-entities';
export { linkToSource } from '../../entities/link/link-to-source';
export { projectEntities } from '../../entities/link/project-entities';
export { hasOwnRecogniser } from '../../entities/recognisers';
