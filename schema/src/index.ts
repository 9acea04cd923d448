export * from './signalling';
