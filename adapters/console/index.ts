/** Console adapter: the embedded default that needs no account. */
export { runConsoleAdapter, type ConsoleAdapterOptions } from './console-adapter.js';
export { createConsolePublisher, type ConsolePublisherOptions } from './console-publisher.js';
