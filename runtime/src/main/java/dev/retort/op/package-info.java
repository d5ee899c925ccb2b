/**
 * The operation model: one immutable record per schema change, all implementing the sealed
 * {@link dev.retort.op.Operation}, with {@link dev.retort.op.OperationVisitor} so that every
 * consumer handles every operation. {@link dev.retort.op.Operations} is the recording API
 * migrations are written against; {@link dev.retort.op.SchemaReplay} applies operations to a
 * {@link dev.retort.schema.Schema} value.
 */
package dev.retort.op;
