//! Unit tests of the claim reader on sentences written for the project.
