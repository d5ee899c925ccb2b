/**
 * Replays the project's migrations at compile time: their sources are compiled in memory against
 * the runtime's API (which is all a migration may use), their recorded operations applied from
 * base, and the schema they lead to compared with the snapshot or used to resolve a merge.
 */
package dev.retort.processor.replay;
