//! Tests of the claims stage.
