"""Rule tables as data: each module documents where its entries came from and what they mean."""
