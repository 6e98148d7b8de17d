package cn.pinghu.socialwork.shared.data;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * A stored row whose id the database assigns ({@code AUTO_INCREMENT}): the id is
 * {@code null} until the row is inserted.
 */
@MappedSuperclass
public abstract class GeneratedIdEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	public Long getId() {
		return this.id;
	}

}
