"""粘贴接龙: pasted chat text to sign-ups, check-ins and orders."""
