//! Tests of the documents stage.
