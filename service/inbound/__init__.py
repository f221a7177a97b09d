"""Inbound mail: store what arrives, route it to its account, and apply what it says."""
