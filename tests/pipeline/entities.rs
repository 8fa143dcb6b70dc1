//! Tests of the entities stage.
