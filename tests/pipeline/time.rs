//! Tests of the time stage.
use super::*;
